package de.itas.platform.skills;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the skills module ({@code platform.skills.*}).
 *
 * @param escoDir an ESCO export to import at start when it is not yet imported ({@code ITAS_ESCO_DIR})
 * @param demoTaxonomy class-path folder of the demo taxonomy imported when no taxonomy exists
 * @param refreshInterval how often an instance checks whether another one imported a newer taxonomy
 * @param futureGreenShare green share from which a target counts as future-oriented
 * @param futureDigitalShare digital skill share from which a target counts as future-oriented
 */
@ConfigurationProperties("platform.skills")
public record SkillsSettings(@Nullable String escoDir, @DefaultValue("skills/demo") String demoTaxonomy,
		@DefaultValue("30s") Duration refreshInterval, @DefaultValue("0.1") double futureGreenShare,
		@DefaultValue("0.15") double futureDigitalShare) {
}
