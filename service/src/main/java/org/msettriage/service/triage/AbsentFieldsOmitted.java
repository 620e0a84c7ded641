package org.msettriage.service.triage;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.msettriage.api.model.ProblemDto;
import org.msettriage.api.model.ProblemErrorDto;
import org.msettriage.api.model.TriageBatchItemDto;
import org.springframework.boot.jackson.JacksonMixin;

/**
 * The contract's models whose optional fields are not nullable: a field with no value is left out, not
 * sent as null, or a strict client generated from the contract refuses the answer (a batch item carries a
 * decision or a problem, never both, and a problem names a pointer or a parameter). A decision is not
 * among them: the contract declares its absent values null and sends them so.
 */
@JacksonMixin({TriageBatchItemDto.class, ProblemDto.class, ProblemErrorDto.class})
@JsonInclude(JsonInclude.Include.NON_NULL)
abstract class AbsentFieldsOmitted {}
