package org.msettriage.service.problem;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;

/** A request body already read (to validate it), handed on to Spring as if it had not been. */
public record ReadBody(byte[] bytes, HttpHeaders headers) implements HttpInputMessage {

    @Override
    public InputStream getBody() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }
}
