package org.msettriage.service.problem;

/** One problem in a query parameter: its name, and what is wrong with it. */
public record ParameterProblem(String parameter, String message) {}
