package org.msettriage.service.apidoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Leaves out, rather than writes as null, each field of the API's answers that the contract lets be
 * absent but not null ({@link ContractNulls}): a client generated from the contract refused a summary's
 * {@code "latestFeedback": null} or a pending proposal's {@code "reviewedAt": null}. Fields the contract
 * marks nullable (an action's {@code dueBy}) are still written as null, as documented.
 */
@Configuration(proxyBeanMethods = false)
class AbsentFieldsMapper {

    /** The generated models: the contract's schema name with this suffix, in this package. */
    private static final String MODELS = "org.msettriage.api.model.";

    private static final String SUFFIX = "Dto";

    @Bean
    JsonMapperBuilderCustomizer optionalFieldsLeftOutWhenAbsent(ApiDocument document) {
        ContractNulls contract = ContractNulls.of(document.parsed());
        SimpleModule module = new SimpleModule("contract-absent-fields");
        module.setSerializerModifier(new ValueSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(
                    SerializationConfig config, BeanDescription.Supplier bean, List<BeanPropertyWriter> properties) {
                Set<String> leftOut = contract.leftOutWhenNull(schemaOf(bean.getBeanClass()));
                if (leftOut.isEmpty()) {
                    return properties;
                }
                // A list Jackson may change after (ignored names, identity info), as it gave one.
                return properties.stream()
                        .map(writer -> leftOut.contains(writer.getName()) ? new LeftOutWhenNull(writer) : writer)
                        .collect(Collectors.toCollection(ArrayList::new));
            }
        });
        return builder -> builder.addModule(module);
    }

    /** The contract's schema a generated model stands for; empty for any other class. */
    static String schemaOf(Class<?> type) {
        String name = type.getName();
        return name.startsWith(MODELS) && name.endsWith(SUFFIX) && name.indexOf('.', MODELS.length()) < 0
                ? name.substring(MODELS.length(), name.length() - SUFFIX.length())
                : "";
    }

    /** Writes its property as before, unless the value is null: then not at all. */
    private static final class LeftOutWhenNull extends BeanPropertyWriter {

        LeftOutWhenNull(BeanPropertyWriter writer) {
            super(writer);
        }

        @Override
        public void serializeAsProperty(Object bean, JsonGenerator generator, SerializationContext context)
                throws Exception {
            if (get(bean) != null) {
                super.serializeAsProperty(bean, generator, context);
            }
        }
    }
}
