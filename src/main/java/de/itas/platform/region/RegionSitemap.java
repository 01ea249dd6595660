package de.itas.platform.region;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.shared.web.SitemapContribution;

/**
 * The help desks for the sitemap: the help-desk list of each district that has one (the list itself is in the
 * navigation). The region's other pages are navigation entries, which the sitemap holds anyway.
 */
@Component
class RegionSitemap implements SitemapContribution {

	private final Region region;

	RegionSitemap(Region region) {
		this.region = region;
	}

	@Override
	public List<Entry> entries() {
		Set<String> districts = new LinkedHashSet<>();
		region.helpDesks(null, null).forEach(desk -> districts.add(desk.district().code()));
		return districts.stream()
			.map(code -> new Entry(UriComponentsBuilder.fromPath("/anlaufstellen")
				.queryParam("landkreis", code)
				.encode()
				.toUriString(), null))
			.toList();
	}

}
