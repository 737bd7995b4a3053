package org.techmarket.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/** Every string in a JSON body passes {@link InputGuard}; a refused one is a 400 naming its field. */
@Singleton
public class InputGuardJackson implements ObjectMapperCustomizer {

    /** A string refused by the guard; the error mapper reports its message on the field. */
    public static class RefusedText extends JsonMappingException {
        public RefusedText(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("input-guard").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String value = super.deserialize(p, ctxt);
                String field = fieldOf(p.getParsingContext());
                var problem = InputGuard.problem(field, value);
                if (problem.isPresent()) {
                    throw new RefusedText(p, problem.get());
                }
                return value;
            }
        }));
    }

    private static String fieldOf(JsonStreamContext context) {
        for (JsonStreamContext c = context; c != null; c = c.getParent()) {
            if (c.getCurrentName() != null) {
                return c.getCurrentName();
            }
        }
        return null;
    }
}
