package org.helix.platform.messaging.consumer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Which handler applies which event type: at most one per type, so an event never has two competing effects. */
public final class EventHandlers {

    private final Map<String, EventHandler> byType = new HashMap<>();

    public EventHandlers(Iterable<? extends EventHandler> handlers) {
        for (EventHandler handler : handlers) {
            for (String type : handler.types()) {
                EventHandler other = byType.putIfAbsent(type, handler);
                if (other != null) {
                    throw new IllegalStateException("Event type " + type + " has two handlers: "
                            + name(other) + " and " + name(handler));
                }
            }
        }
    }

    public Optional<EventHandler> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    private static String name(EventHandler handler) {
        // CDI client proxies are subclasses named after the bean class
        String name = handler.getClass().getName();
        return name.endsWith("_ClientProxy") ? name.substring(0, name.length() - "_ClientProxy".length()) : name;
    }
}
