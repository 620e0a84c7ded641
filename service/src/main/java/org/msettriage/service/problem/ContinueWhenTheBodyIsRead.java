package org.msettriage.service.problem;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat answers {@code Expect: 100-continue} as soon as it has read a request's head, inviting the
 * client to send a body the service is about to refuse (413 over the limit, 401 without a credential): a
 * security trial was invited to upload 100 MB before its 413. Sent only when something first reads the
 * body, a request refused before that is answered without its body ever being asked for.
 */
@Configuration
class ContinueWhenTheBodyIsRead {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> continueOnRead() {
        return factory ->
                factory.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
    }
}
