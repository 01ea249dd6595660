package de.itas.platform.shared.security;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Honours {@code Forwarded} and {@code X-Forwarded-*} headers only from the configured reverse proxies and
 * strips them from every other request, so that a client cannot choose the address the login throttle
 * counts, nor the scheme or host of redirects. The client's address is taken from {@code X-Forwarded-For}
 * from the right: the first entry that is not itself a trusted proxy (entries further left were written by
 * the client and prove nothing). Scheme, host, port and prefix are applied by Spring's
 * {@link ForwardedHeaderFilter}.
 */
class TrustedProxyFilter extends OncePerRequestFilter {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");

	private final List<IpAddressMatcher> proxies;

	private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();

	private final ForwardedHeaderFilter strip = new ForwardedHeaderFilter();

	TrustedProxyFilter(List<String> trustedProxies) {
		this.proxies = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).map(IpAddressMatcher::new)
			.toList();
		this.strip.setRemoveOnly(true);
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!trusted(request.getRemoteAddr())) {
			strip.doFilter(request, response, chain);
			return;
		}
		String client = client(request);
		apply.doFilter(request, response,
				(forwarded, res) -> chain.doFilter(new ClientAddress((HttpServletRequest) forwarded, client), res));
	}

	/** The rightmost address in X-Forwarded-For that is not a trusted proxy; the proxy's own without one. */
	private String client(HttpServletRequest request) {
		String client = request.getRemoteAddr();
		var headers = request.getHeaders("X-Forwarded-For");
		StringBuilder all = new StringBuilder();
		while (headers.hasMoreElements()) {
			all.append(all.isEmpty() ? "" : ",").append(headers.nextElement());
		}
		String[] hops = all.toString().split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (!isAddress(hop)) {
				// a forged or garbled entry: nothing left of it can be believed
				return client;
			}
			client = hop;
			if (!trusted(hop)) {
				return hop;
			}
		}
		return client;
	}

	private boolean trusted(String address) {
		if (!isAddress(address)) {
			return false;
		}
		for (IpAddressMatcher proxy : proxies) {
			if (proxy.matches(address)) {
				return true;
			}
		}
		return false;
	}

	/** Only IP literals: a host name would make the matcher ask DNS. */
	private static boolean isAddress(String value) {
		return IPV4.matcher(value).matches() || IPV6.matcher(value).matches();
	}

	private static final class ClientAddress extends HttpServletRequestWrapper {

		private final String address;

		ClientAddress(HttpServletRequest request, String address) {
			super(request);
			this.address = address;
		}

		@Override
		public String getRemoteAddr() {
			return address;
		}

		@Override
		public String getRemoteHost() {
			return address;
		}

	}

}
