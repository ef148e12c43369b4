package org.schoolscope.testing;

import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * One clock for every test context, found by the application's own component scan so no test has to import it and
 * no extra context is started: primary over the service's system clock, and settable by the test that needs a date.
 */
@Configuration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    @Primary
    SettableClock settableClock() {
        return new SettableClock(ZoneId.systemDefault());
    }
}
