package org.msettriage.service.panel;

/**
 * One problem with an outcome sent from the agenda's form, in the form's words, and the field of the form
 * it is about: null when the form has no field for it (the child it is for, the outcome it corrects, the
 * meeting itself).
 */
public record OutcomeProblem(String text, OutcomeField field) {}
