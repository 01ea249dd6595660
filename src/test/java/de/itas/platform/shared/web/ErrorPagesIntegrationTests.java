package de.itas.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.itas.platform.PlatformTest;

/**
 * Error pages as a browser gets them from the real servlet container (MockMvc does not dispatch to
 * error pages): German, inside the layout, and never with a stack trace or exception detail.
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesIntegrationTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	@Test
	void unknownPageGivesTheGerman404PageForVisitors() throws Exception {
		HttpResponse<String> response = get("/gibt-es-nicht?x=1");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<h1>Seite nicht gefunden</h1>", "Zur Startseite", "href=\"/region\"",
				"href=\"/gibt-es-nicht?lang=en\"");
	}

	@Test
	void refusedRequestGivesTheGerman403Page() throws Exception {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/admin/region/landkreise/chemnitz"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("name=X"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("<h1>Kein Zugriff</h1>").doesNotContain("Exception", "CSRF");
	}

	@Test
	void failureGivesTheGerman500PageWithoutStackTraceOrDetail() throws Exception {
		signIn("beschaeftigte@demo.itas.local");
		HttpResponse<String> response = get("/test/fehler");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("<h1>Ein Fehler ist aufgetreten</h1>")
			.doesNotContain("internal detail", "IllegalStateException", "at de.itas", "Whitelabel");
	}

	@Test
	void aControlCharacterInAFormWithoutFieldMessagesGivesTheGerman400Page() throws Exception {
		signIn("beschaeftigte@demo.itas.local");
		assertThat(get("/test/formular?text=Zeile").body()).isEqualTo("bound: Zeile");
		HttpResponse<String> response = get("/test/formular?text=Zeile%00eins");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<h1>Die Eingabe konnte nicht verarbeitet werden</h1>", "Steuerzeichen",
				"Zur Startseite").doesNotContain("Exception", "Whitelabel");
	}

	/** A multipart inquiry with the form's CSRF token and a file of 21 MB, over the servlet's limit of 20 MB. */
	private HttpRequest.Builder oversizedUpload(java.util.function.Function<byte[], HttpRequest.BodyPublisher> publisher)
			throws IOException, InterruptedException {
		String form = get("/anliegen/neu").body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).isTrue();
		String boundary = "----itas" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"gross.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] body = new byte[head.length + 21 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		return HttpRequest.newBuilder(uri("/anliegen/neu"))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(publisher.apply(body));
	}

	private static void assertTheGerman413Page(HttpResponse<String> response, CapturedOutput output) {
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("<h1>Die Dateien sind zu groß</h1>", "höchstens 20 MB", "Zur Startseite")
			.doesNotContain("Exception", "Apache Tomcat", "Whitelabel");
		assertThat(output.getOut()).containsPattern("WARN .*Refused an upload to /anliegen/neu")
			.doesNotContain("SizeLimitExceededException", "InvalidParameterException", "Servlet.service()");
	}

	@Test
	void anUploadOverTheLimitGetsTheGerman413PageNamingTheLimit(CapturedOutput output) throws Exception {
		HttpResponse<String> response = client.send(oversizedUpload(HttpRequest.BodyPublishers::ofByteArray).build(),
				HttpResponse.BodyHandlers.ofString());
		assertTheGerman413Page(response, output);
	}

	@Test
	void aChunkedUploadOverTheLimitGetsTheGerman413PageToo(CapturedOutput output) throws Exception {
		// no Content-Length: the limit strikes only when the container parses the body
		HttpResponse<String> response = client.send(
				oversizedUpload(body -> HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertTheGerman413Page(response, output);
	}

	@Test
	void aBrokenMultipartBodyGetsTheGerman400Page(CapturedOutput output) throws Exception {
		String form = get("/anliegen/neu").body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).isTrue();
		String body = "--abc\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
				+ "\r\n--abc\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nohne Ende";
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/anliegen/neu"))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=abc")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<h1>Die Eingabe konnte nicht verarbeitet werden</h1>", "Zur Startseite")
			.doesNotContain("Exception", "Apache Tomcat", "Whitelabel");
		assertThat(output.getOut()).containsPattern("WARN .*Refused an unreadable request to /anliegen/neu")
			.doesNotContain("InvalidParameterException", "Servlet.service()");
	}

	@Test
	void apiClientsGetJsonErrorsWithoutDetail() throws Exception {
		HttpResponse<String> response = client.send(
				HttpRequest.newBuilder(uri("/gibt-es-nicht")).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("\"status\":404").doesNotContain("trace", "exception");
	}

	private void signIn(String email) throws IOException, InterruptedException {
		String form = get("/login").body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).isTrue();
		String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=itas-demo-2026&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/mein-bereich"));
	}

}
