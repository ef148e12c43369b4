package org.schoolscope.access.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Set;
import org.schoolscope.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * There is no default password (issue 5, item 1). When the service starts with no users it prints, once, a one-time
 * set-up code in its log; whoever can read the log enters it at {@code /setup} to create the first administrator.
 * The code is kept only in memory, as a hash, and works once.
 */
@Component
public class SetupCode {

    private static final Logger LOG = LoggerFactory.getLogger(SetupCode.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserStore users;
    private final UserAccounts accounts;
    private byte[] codeHash;

    SetupCode(UserStore users, UserAccounts accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @EventListener
    void started(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext && users.count() == 0) {
            issue();
        }
    }

    /** Makes a new code, replacing any earlier one, and prints it once in the log. */
    public synchronized String issue() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        codeHash = digest(code.toString());
        LOG.warn("Schoolscope has no users yet. To create the first administrator, open /setup and enter this "
                + "one-time set-up code: {}", code);
        return code.toString();
    }

    /** Whether set-up is still open: no user exists and a code has been issued and not used. */
    public synchronized boolean open() {
        return codeHash != null && users.count() == 0;
    }

    /**
     * Creates the first administrator if the code is right and unused; the code is spent whatever happens next.
     *
     * @return false when the code is wrong or set-up is closed
     */
    public synchronized boolean createFirstAdministrator(String code, String username, String displayName,
            String password) {
        if (!open() || code == null || !MessageDigest.isEqual(codeHash, digest(code.strip().toUpperCase()))) {
            return false;
        }
        accounts.addLocal(username, displayName, password, Set.of(Role.ADMIN), Set.of(), "first-run set-up");
        codeHash = null;
        return true;
    }

    private static byte[] digest(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
