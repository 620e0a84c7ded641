package org.msettriage.service.apidoc;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.msettriage.api.model.DecisionMonthFiguresDto;
import org.msettriage.api.model.DecisionReportDto;
import org.msettriage.api.model.DecisionSummaryDto;
import org.msettriage.api.model.FeedbackDto;
import org.msettriage.api.model.FeedbackOutcomeDto;
import org.msettriage.api.model.LocalAuthorityDto;
import org.msettriage.api.model.OverrideReasonDto;
import org.msettriage.api.model.RulesetActivationDto;
import org.msettriage.api.model.RulesetHistoryDto;
import org.msettriage.api.model.RulesetRefDto;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Optional fields the contract does not let be null are left out when they have no value, rather than
 * written as null: a client generated from the contract refuses {@code "latestFeedback": null}, and the
 * contract says of a rollback's {@code proposalId} that it is absent. Only these fields: a field the
 * contract marks nullable (such as an action's {@code dueBy}) is still written as null, as documented.
 */
@Configuration(proxyBeanMethods = false)
class AbsentFieldsMapper {

    @Bean
    JsonMapperBuilderCustomizer optionalFieldsLeftOutWhenAbsent() {
        return builder -> builder.addMixIn(DecisionSummaryDto.class, Summary.class)
                .addMixIn(FeedbackDto.class, Feedback.class)
                .addMixIn(DecisionReportDto.class, Report.class)
                .addMixIn(RulesetHistoryDto.class, History.class)
                .addMixIn(RulesetActivationDto.class, Activation.class);
    }

    private abstract static class Summary {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract FeedbackOutcomeDto getLatestFeedback();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract LocalAuthorityDto getLocalAuthority();
    }

    private abstract static class Feedback {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract OverrideReasonDto getReasonCode();
    }

    private abstract static class Report {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract List<DecisionMonthFiguresDto> getMonths();
    }

    private abstract static class History {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract RulesetRefDto getShadow();
    }

    private abstract static class Activation {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract UUID getProposalId();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String getProposedBy();
    }
}
