package org.msettriage.service.pages;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The workbench's scripts: Chart.js, from its webjar, and the script that draws tables with it. Chart.js, under the workbench's own path, so the pages load it from the service
 * (signed in, under their own security headers) and never from another origin.
 */
@Configuration
class ChartAssets implements WebMvcConfigurer {

    /** The webjar's version, part of its files' paths: the same as in the service's pom. */
    static final String VERSION = "4.5.1";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/rules/assets/chart.js/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/chart.js/" + VERSION + "/dist/");
        registry.addResourceHandler("/rules/assets/*.js").addResourceLocations("classpath:/static/rules/assets/");
    }
}
