package org.helix.platform.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * JSON text in request bodies may hold any Unicode except NUL ({@code \u0000}), which PostgreSQL cannot store: such a
 * value is refused while reading the body, so it becomes a 400 problem naming the field instead of a database error.
 */
@Singleton
public class TextWithoutNul implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("helix-text-without-nul").addDeserializer(String.class,
                new StringDeserializer() {
                    @Override
                    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        String value = super.deserialize(parser, context);
                        if (value != null && value.indexOf('\0') >= 0) {
                            return (String) context.handleWeirdStringValue(String.class, value,
                                    "contains a NUL character");
                        }
                        return value;
                    }
                }));
    }
}
