package org.msettriage.service.apidoc;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The viewer's own script and stylesheet (Swagger UI's files come from its webjar, at /webjars). */
@Configuration
class ApiViewerAssets implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/api/docs/assets/**").addResourceLocations("classpath:/static/api-docs/");
    }
}
