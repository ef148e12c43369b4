package org.schoolscope.casework.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The casework pages' words from {@code casework/messages.properties}, for forms built in code. */
@Component("caseworkWords")
class Words {

    private final MessageSource messages;

    Words(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.UK);
    }
}
