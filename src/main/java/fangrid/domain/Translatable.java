package fangrid.domain;

import java.util.List;

/**
 * Something FanGrid tells a person — why a project cannot be opened, why rows were left out — that the window words
 * in its own language: a message key and the message's arguments. The English wording, for the command line and
 * the logs, is the implementor's own text.
 */
public interface Translatable {
    /** The key of the window's message ({@code fangrid/i18n/messages*.properties}), or null when there is none. */
    String messageKey();

    /** The values of the message's {@code {0}}, {@code {1}} … */
    default List<Object> messageArguments() {
        return List.of();
    }
}
