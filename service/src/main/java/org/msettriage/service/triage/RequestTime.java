package org.msettriage.service.triage;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The moment a triage request was read, kept with the request so validation and evaluation agree on it. */
@Component
class RequestTime {

    private static final String ATTRIBUTE = RequestTime.class.getName();

    void set(OffsetDateTime time) {
        RequestContextHolder.currentRequestAttributes().setAttribute(ATTRIBUTE, time, RequestAttributes.SCOPE_REQUEST);
    }

    OffsetDateTime get() {
        Object time = RequestContextHolder.currentRequestAttributes()
                .getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return time == null ? OffsetDateTime.now(ZoneOffset.UTC) : (OffsetDateTime) time;
    }
}
