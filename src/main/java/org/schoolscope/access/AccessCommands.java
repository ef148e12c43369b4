package org.schoolscope.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.schoolscope.access.account.AccessAudited;
import org.schoolscope.access.account.ApiTokens;
import org.schoolscope.access.account.UserAccounts;
import org.schoolscope.shared.RetentionPolicy;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access commands of the jar: {@code user add NAME --role ROLE... [--school URN]...} (password from standard
 * input), {@code token create USER} (prints the token once) and {@code retention [--remove]}.
 */
@Component
public class AccessCommands {

    /** The commands this class answers, as the first argument of the jar. */
    public static final Set<String> NAMES = Set.of("user", "token", "retention");

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final List<RetentionPolicy> policies;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AccessCommands(UserAccounts accounts, ApiTokens tokens, List<RetentionPolicy> policies,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.policies = policies;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs one command and returns the exit status: 0 done, 1 refused, 2 wrong usage. */
    public int run(String command, List<String> arguments, InputStream in, PrintStream out, PrintStream err) {
        try {
            return switch (command) {
                case "user" -> user(arguments, in, out, err);
                case "token" -> token(arguments, out, err);
                case "retention" -> retention(arguments, out, err);
                default -> usage(err);
            };
        } catch (IllegalArgumentException refused) {
            err.println(refused.getMessage());
            return 1;
        }
    }

    private int user(List<String> arguments, InputStream in, PrintStream out, PrintStream err) throws
            IllegalArgumentException {
        if (arguments.size() < 2 || !arguments.get(0).equals("add")) {
            return usage(err);
        }
        String username = arguments.get(1);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<Urn> schools = new LinkedHashSet<>();
        String displayName = username;
        for (int i = 2; i < arguments.size(); i++) {
            String option = arguments.get(i);
            if (i + 1 >= arguments.size()) {
                return usage(err);
            }
            String value = arguments.get(++i);
            switch (option) {
                case "--role" -> roles.add(role(value));
                case "--school" -> schools.add(Urn.parse(value));
                case "--name" -> displayName = value;
                default -> {
                    return usage(err);
                }
            }
        }
        if (roles.isEmpty()) {
            err.println("Give at least one --role: " + List.of(Role.values()));
            return 2;
        }
        String password = readPassword(in);
        accounts.addLocal(username, displayName, password, roles, schools, commandLineUser());
        out.println("Added user " + username + " with roles " + roles
                + (schools.isEmpty() ? "" : " and schools " + schools));
        return 0;
    }

    private int token(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() < 2 || !arguments.get(0).equals("create")) {
            return usage(err);
        }
        String name = arguments.size() > 2 ? String.join(" ", arguments.subList(2, arguments.size()))
                : "created on the command line";
        ApiTokens.CreatedToken token = tokens.create(arguments.get(1), name, commandLineUser());
        err.println("API token for " + arguments.get(1) + ", valid until " + token.expiresAt()
                + ". It is shown only this once; send it as: Authorization: Bearer TOKEN");
        out.println(token.secret());
        return 0;
    }

    private int retention(List<String> arguments, PrintStream out, PrintStream err) {
        boolean remove = arguments.contains("--remove");
        if (arguments.stream().anyMatch(argument -> !argument.equals("--remove"))) {
            return usage(err);
        }
        LocalDate today = LocalDate.now(clock);
        int total = 0;
        for (RetentionPolicy policy : policies) {
            List<RetentionPolicy.ExpiredRecord> expired = policy.expired(today);
            out.printf("%s (kept %s): %d expired%n", policy.recordType(), policy.period(), expired.size());
            for (RetentionPolicy.ExpiredRecord record : expired) {
                out.printf("  %s: %s (expired %s)%n", record.recordId(), record.description(), record.expiredOn());
            }
            if (remove && !expired.isEmpty()) {
                int removed = transactions.execute(status -> {
                    int count = policy.remove(expired);
                    for (RetentionPolicy.ExpiredRecord record : expired) {
                        events.publishEvent(new AccessAudited(commandLineUser(), "remove-expired",
                                policy.recordType(), record.recordId(), "removed under the retention policy ("
                                        + policy.period() + "): " + record.description()));
                    }
                    return count;
                });
                out.printf("  removed %d%n", removed);
                total += removed;
            }
        }
        if (!remove) {
            out.println("Nothing was removed; run with --remove to remove the expired records.");
        } else {
            out.println(total + " expired records removed; each removal is in the audit log.");
        }
        return 0;
    }

    private static Role role(String value) {
        try {
            return Role.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("No role " + value + "; the roles are " + List.of(Role.values()));
        }
    }

    private static String readPassword(InputStream in) {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("Give the password on standard input, e.g. from a secret store");
            }
            return line;
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("Cannot read the password from standard input");
        }
    }

    private static String commandLineUser() {
        return "command line (" + System.getProperty("user.name") + ")";
    }

    private static int usage(PrintStream err) {
        err.println("""
                Usage:
                  java -jar schoolscope.jar user add USERNAME --role ROLE [--role ROLE]... [--school URN]... \
                [--name "DISPLAY NAME"]   (password on standard input)
                  java -jar schoolscope.jar token create USERNAME [TOKEN NAME]
                  java -jar schoolscope.jar retention [--remove]""");
        return 2;
    }
}
