package de.itas.platform.helpdesk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.region.RegionFolder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which of the region's action fields each topic belongs to, from the region's
 * {@code helpdesk-topics.json} (topic key to action-field code). A topic the file leaves out, such as
 * {@link Topic#OTHER}, goes to coordination unless a routing rule says otherwise.
 */
@Component
class TopicFields {

	static final String FILE = "helpdesk-topics.json";

	private final Map<Topic, String> fields;

	TopicFields(RegionFolder region) {
		this.fields = read(region);
	}

	/** Action-field code per topic. */
	Map<Topic, String> fields() {
		return fields;
	}

	static Map<Topic, String> read(RegionFolder region) {
		try (InputStream in = region.open(FILE)) {
			Map<Topic, String> read = JsonMapper.builder().build().readValue(in, new TypeReference<Map<Topic, String>>() {
			});
			Map<Topic, String> fields = new EnumMap<>(Topic.class);
			fields.putAll(read);
			return Collections.unmodifiableMap(fields);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read " + region.path(FILE) + ": " + ex.getMessage(), ex);
		}
	}

}
