package org.schoolscope.governance.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The governance pages' words from {@code governance/messages.properties}, for forms built in code. */
@Component("governanceWords")
class Words {

    private final MessageSource messages;

    Words(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.UK);
    }
}
