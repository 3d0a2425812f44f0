package nl.mantelzorgkaart.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import graphql.language.Description;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.TypeDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Partner sites code against the schema: every type, field, input field and enum value in it carries a
 * description.
 */
class SchemaDescriptionsTests {

	@Test
	void everyTypeFieldInputFieldAndEnumValueIsDescribed() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls");
		assertThat(files).extracting(Resource::getFilename).contains("guide.graphqls", "socialmap.graphqls");
		List<String> undescribed = new ArrayList<>();
		for (Resource file : files) {
			Document document = Parser.parse(file.getContentAsString(StandardCharsets.UTF_8));
			for (TypeDefinition<?> type : document.getDefinitionsOfType(TypeDefinition.class)) {
				String where = file.getFilename() + ": " + type.getName();
				boolean extension = type instanceof ObjectTypeExtensionDefinition;
				if (!extension && missing(descriptionOf(type))) {
					undescribed.add(where);
				}
				if (type instanceof ObjectTypeDefinition object) {
					for (FieldDefinition field : object.getFieldDefinitions()) {
						check(undescribed, where + "." + field.getName(), field.getDescription());
					}
				}
				if (type instanceof InputObjectTypeDefinition input) {
					input.getInputValueDefinitions()
						.forEach((field) -> check(undescribed, where + "." + field.getName(), field.getDescription()));
				}
				if (type instanceof EnumTypeDefinition enumeration) {
					enumeration.getEnumValueDefinitions()
						.forEach((value) -> check(undescribed, where + "." + value.getName(), value.getDescription()));
				}
			}
		}
		assertThat(undescribed).as("schema elements without a description").isEmpty();
	}

	private static Description descriptionOf(TypeDefinition<?> type) {
		try {
			return (Description) type.getClass().getMethod("getDescription").invoke(type);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void check(List<String> undescribed, String where, Description description) {
		if (missing(description)) {
			undescribed.add(where);
		}
	}

	private static boolean missing(Description description) {
		return description == null || description.getContent() == null || description.getContent().isBlank();
	}

}
