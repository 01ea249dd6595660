package de.itas.platform.portal;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.web.ModuleDescriptor;

/**
 * The pages for everyone (easy language, sign language, the barrier report) and the API documentation with
 * its OpenAPI description: all open to visitors. The links to them are on the accessibility statement.
 */
@Component
class PortalPagesDescriptor implements ModuleDescriptor {

	static final String EASY_LANGUAGE = "/leichte-sprache";
	static final String SIGN_LANGUAGE = "/gebaerdensprache";
	static final String BARRIER_REPORT = "/barrierefreiheit/barriere-melden";
	static final String BARRIER_REPORTED = "/barrierefreiheit/barriere-gemeldet";
	static final String API_DOCUMENTATION = "/api/dokumentation";

	@Override
	public String module() {
		return "portal";
	}

	@Override
	public List<String> publicPaths() {
		return List.of(EASY_LANGUAGE, SIGN_LANGUAGE, BARRIER_REPORT, BARRIER_REPORTED, API_DOCUMENTATION,
				ApiDocumentation.JSON, ApiDocumentation.JSON + "/**", ApiDocumentation.JSON + ".yaml");
	}

}
