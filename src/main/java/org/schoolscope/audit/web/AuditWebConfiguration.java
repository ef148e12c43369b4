package org.schoolscope.audit.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Audits every download ({@link DownloadAudit}), whichever module's controller sends it. */
@Configuration
class AuditWebConfiguration implements WebMvcConfigurer {

    private final DownloadAudit downloads;

    AuditWebConfiguration(DownloadAudit downloads) {
        this.downloads = downloads;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(downloads);
    }
}
