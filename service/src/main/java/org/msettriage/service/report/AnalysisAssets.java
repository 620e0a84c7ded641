package org.msettriage.service.report;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The dashboard's scripts and styles under its own path, served by the service (signed in, under the
 * pages' headers), never from another origin: Chart.js from its webjar and the script that draws each
 * table as a chart.
 */
@Configuration
class AnalysisAssets implements WebMvcConfigurer {

    /** The Chart.js webjar's version, part of its files' paths: the same as in the service's pom. */
    static final String CHART_JS = "4.5.1";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/analysis/assets/chart.js/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/chart.js/" + CHART_JS + "/dist/");
        registry.addResourceHandler("/analysis/assets/*").addResourceLocations("classpath:/static/analysis/");
    }
}
