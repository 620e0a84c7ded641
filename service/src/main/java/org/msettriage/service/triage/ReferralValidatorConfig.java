package org.msettriage.service.triage;

import org.msettriage.api.model.TriageBatchRequestDto;
import org.msettriage.api.model.TriageRequestDto;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A referral is validated once, by {@link ReferralBodyAdvice} (or, in a batch, {@link BatchBodyAdvice}),
 * which applies all of policy section 9 and names every problem. The generated interfaces also carry {@code @Validated} and {@code @Valid}, which
 * would judge the referral again by narrower rules (lengths in UTF-16 units, no pointers, a 500 for a
 * violation): so Boot's method-validation auto-configuration is left out (see the application class), the
 * bean validator is made here, and MVC's validator skips the referral.
 */
@Configuration
class ReferralValidatorConfig implements WebMvcConfigurer {

    private final LocalValidatorFactoryBean beanValidator = new LocalValidatorFactoryBean();

    /** The Jakarta validator the referral checks (and anything else) use. */
    @Bean
    LocalValidatorFactoryBean beanValidator() {
        return beanValidator;
    }

    @Override
    public Validator getValidator() {
        return new Validator() {
            @Override
            public boolean supports(Class<?> type) {
                return type != TriageRequestDto.class
                        && type != TriageBatchRequestDto.class
                        && beanValidator.supports(type);
            }

            @Override
            public void validate(Object target, Errors errors) {
                beanValidator.validate(target, errors);
            }
        };
    }
}
