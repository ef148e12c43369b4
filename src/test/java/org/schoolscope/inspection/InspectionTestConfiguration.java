package org.schoolscope.inspection;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * TEST ONLY: stands in for the register until its implementation is merged; primary so that, once it is, these
 * tests still observe the facts passed rather than the register's own merging.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InspectionTestConfiguration {

    @Bean
    @Primary
    RecordingSchoolRegister recordingSchoolRegister() {
        return new RecordingSchoolRegister();
    }
}
