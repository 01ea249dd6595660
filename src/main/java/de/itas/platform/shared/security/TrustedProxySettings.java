package de.itas.platform.shared.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies whose {@code X-Forwarded-*} headers
 * are believed (docs/operations.md); the headers of every other client are dropped. By default only a proxy
 * on the same host.
 */
@ConfigurationProperties("platform.security")
record TrustedProxySettings(@DefaultValue({ "127.0.0.0/8", "::1" }) List<String> trustedProxies) {
}
