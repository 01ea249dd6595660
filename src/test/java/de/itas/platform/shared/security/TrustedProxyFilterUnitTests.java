package de.itas.platform.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Forwarded headers count only from the configured proxies. */
class TrustedProxyFilterUnitTests {

	private final TrustedProxyFilter filter = new TrustedProxyFilter(List.of("127.0.0.0/8", "::1", "10.0.0.0/8"));

	private HttpServletRequest passThrough(MockHttpServletRequest request) throws ServletException, IOException {
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		filter.doFilter(request, new MockHttpServletResponse(),
				(passed, response) -> seen.set((HttpServletRequest) passed));
		return seen.get();
	}

	private static MockHttpServletRequest from(String address, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setRemoteAddr(address);
		request.addHeader("X-Forwarded-For", forwardedFor);
		request.addHeader("X-Forwarded-Proto", "https");
		request.addHeader("X-Forwarded-Host", "evil.example");
		return request;
	}

	@Test
	void aClientThatIsNoProxyCannotChooseItsAddressSchemeOrHost() throws Exception {
		HttpServletRequest seen = passThrough(from("203.0.113.9", "198.51.100.7"));
		assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
		assertThat(seen.isSecure()).isFalse();
		assertThat(seen.getServerName()).isEqualTo("localhost");
		// and nothing further down can read the headers
		assertThat(seen.getHeader("X-Forwarded-For")).isNull();
		assertThat(seen.getHeader("X-Forwarded-Host")).isNull();
	}

	@Test
	void behindTrustedProxiesTheClientIsTheRightmostAddressThatIsNoProxy() throws Exception {
		// the client wrote 192.0.2.1 itself; the outer proxy appended 198.51.100.7, the inner one 10.0.0.2
		HttpServletRequest seen = passThrough(from("127.0.0.1", "192.0.2.1, 198.51.100.7, 10.0.0.2"));
		assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.7");
		assertThat(seen.isSecure()).isTrue();
		assertThat(seen.getScheme()).isEqualTo("https");
	}

	@Test
	void aGarbledEntryIsNotBelievedNorAnythingLeftOfIt() throws Exception {
		assertThat(passThrough(from("10.1.2.3", "198.51.100.7, evil.example")).getRemoteAddr()).isEqualTo("10.1.2.3");
		assertThat(passThrough(from("::1", "2001:db8::7")).getRemoteAddr()).isEqualTo("2001:db8::7");
	}

	@Test
	void noProfileLetsTomcatOrSpringTrustForwardedHeadersFromAnyClient() throws IOException {
		for (String file : List.of("application.properties", "application-prod.properties")) {
			Properties properties = new Properties();
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
				properties.load(in);
			}
			assertThat(properties.getProperty("server.forward-headers-strategy", "none")).as(file).isEqualTo("none");
		}
	}

}
