package org.schoolscope;

import java.util.Arrays;
import org.schoolscope.ingest.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the service, or with {@code import PATH...} imports published files and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SchoolscopeApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            SpringApplication application = new SpringApplication(SchoolscopeApplication.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setAdditionalProfiles("command");
            int status;
            try (ConfigurableApplicationContext context = application.run()) {
                status = context.getBean(ImportCommand.class).run(Arrays.copyOfRange(args, 1, args.length),
                        System.out, System.err);
            }
            System.exit(status);
        }
        SpringApplication.run(SchoolscopeApplication.class, args);
    }
}
