package org.schoolscope;

import java.util.Arrays;
import java.util.List;
import org.schoolscope.access.AccessCommands;
import org.schoolscope.attendance.AttendanceCommands;
import org.schoolscope.database.DatabaseCommands;
import org.schoolscope.ingest.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the service, or runs one command and exits: {@code import PATH...}, {@code user add ...},
 * {@code token create USER}, {@code retention [--remove]}, {@code backup FILE}, {@code restore FILE [--force]} or
 * {@code attendance ...}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SchoolscopeApplication {

    public static void main(String[] args) {
        if (args.length > 0 && DatabaseCommands.NAMES.contains(args[0])) {
            System.exit(DatabaseCommands.run(args[0], List.of(Arrays.copyOfRange(args, 1, args.length)), System.out,
                    System.err));
        }
        if (args.length > 0 && (args[0].equals("import") || AccessCommands.NAMES.contains(args[0])
                || args[0].equals(AttendanceCommands.NAME))) {
            SpringApplication application = new SpringApplication(SchoolscopeApplication.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setAdditionalProfiles("command");
            int status;
            try (ConfigurableApplicationContext context = application.run()) {
                String[] rest = Arrays.copyOfRange(args, 1, args.length);
                status = args[0].equals("import")
                        ? context.getBean(ImportCommand.class).run(rest, System.out, System.err)
                        : args[0].equals(AttendanceCommands.NAME)
                                ? context.getBean(AttendanceCommands.class).run(List.of(rest), System.out, System.err)
                                : context.getBean(AccessCommands.class).run(args[0], List.of(rest), System.in,
                                        System.out, System.err);
            }
            System.exit(status);
        }
        SpringApplication.run(SchoolscopeApplication.class, args);
    }
}
