package de.itas.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** The filter that answers unreadable request bodies, without a servlet container. */
class UnreadableRequestsUnitTests {

	private final UnreadableRequests filter = new UnreadableRequests(
			new StaticListableBeanFactory(Map.of("multipart", new MultipartConfigElement("", 100, 100, 0)))
				.getBeanProvider(MultipartConfigElement.class),
			DataSize.ofBytes(1000), new StaticListableBeanFactory().getBeanProvider(ModuleDescriptor.class));

	/** The servlet allows 1,000 bytes for the large uploads a module declares; every other upload 100. */
	private final UnreadableRequests withLargeUploads = new UnreadableRequests(
			new StaticListableBeanFactory(Map.of("multipart", new MultipartConfigElement("", 1000, 1000, 0)))
				.getBeanProvider(MultipartConfigElement.class),
			DataSize.ofBytes(100), new StaticListableBeanFactory(Map.of("packages", new ModuleDescriptor() {

				@Override
				public String module() {
					return "learning";
				}

				@Override
				public List<String> largeUploadPaths() {
					return List.of("/lernen/pakete/neu");
				}

			})).getBeanProvider(ModuleDescriptor.class));

	private final List<ServletRequest> passed = new ArrayList<>();

	private static MockHttpServletRequest multipart(int bytes) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/anliegen/neu");
		request.setContentType("multipart/form-data; boundary=abc");
		request.setContent(new byte[bytes]);
		request.setParameter("description", "Text");
		return request;
	}

	@Test
	void onlyTheAddressesAModuleDeclaresLargeTakeUploadsUpToTheServletsLimit() throws Exception {
		MockHttpServletResponse ordinary = new MockHttpServletResponse();
		MockHttpServletRequest request = multipart(101);
		withLargeUploads.doFilter(request, ordinary, (req, res) -> passed.add(req));
		assertThat(ordinary.getStatus()).isEqualTo(413);
		assertThat(request.getAttribute(UnreadableRequests.LIMIT)).isEqualTo(100L);

		MockHttpServletRequest large = multipart(900);
		large.setRequestURI("/lernen/pakete/neu");
		MockHttpServletResponse accepted = new MockHttpServletResponse();
		withLargeUploads.doFilter(large, accepted, (req, res) -> passed.add(req));
		assertThat(accepted.getStatus()).isEqualTo(200);

		MockHttpServletRequest tooLarge = multipart(1001);
		tooLarge.setRequestURI("/lernen/pakete/neu");
		MockHttpServletResponse refused = new MockHttpServletResponse();
		withLargeUploads.doFilter(tooLarge, refused, (req, res) -> passed.add(req));
		assertThat(refused.getStatus()).isEqualTo(413);
		assertThat(tooLarge.getAttribute(UnreadableRequests.LIMIT)).isEqualTo(1000L);
		assertThat(passed).hasSize(1);
	}

	@Test
	void anUploadWithoutAnnouncedSizeIsRefusedAtAnOrdinaryAddressWhenLargeUploadsAreAllowedElsewhere()
			throws Exception {
		MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/anliegen/neu") {

			@Override
			public long getContentLengthLong() {
				return -1;
			}

		};
		chunked.setContentType("multipart/form-data; boundary=abc");
		chunked.addHeader("Transfer-Encoding", "chunked");
		MockHttpServletResponse response = new MockHttpServletResponse();
		withLargeUploads.doFilter(chunked, response, (req, res) -> passed.add(req));
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(passed).isEmpty();
	}

	@Test
	void anUploadThatAnnouncesMoreThanTheLimitIsRefusedBeforeAnythingReadsIt() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockHttpServletRequest request = multipart(101);
		filter.doFilter(request, response, (req, res) -> passed.add(req));
		assertThat(passed).isEmpty();
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(request.getAttribute(UnreadableRequests.REFUSED)).isEqualTo(Boolean.TRUE);

		MockHttpServletResponse fine = new MockHttpServletResponse();
		filter.doFilter(multipart(100), fine, (req, res) -> passed.add(req));
		assertThat(passed).hasSize(1);
		assertThat(fine.getStatus()).isEqualTo(200);
	}

	@Test
	void theErrorPageOfAFailedMultipartRequestSeesNoBody() throws Exception {
		MockHttpServletRequest failed = multipart(10);
		failed.setDispatcherType(DispatcherType.ERROR);
		failed.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MaxUploadSizeExceededException(100));
		filter.doFilter(failed, new MockHttpServletResponse(), (req, res) -> passed.add(req));
		assertThat(passed).singleElement().satisfies(request -> {
			assertThat(request.getContentType()).isNull();
			assertThat(request.getParameter("description")).isNull();
			assertThat(request.getParameterMap()).isEmpty();
		});

		MockHttpServletRequest other = multipart(10);
		other.setDispatcherType(DispatcherType.ERROR);
		other.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("something else"));
		filter.doFilter(other, new MockHttpServletResponse(), (req, res) -> passed.add(req));
		assertThat(passed.get(1).getParameter("description")).isEqualTo("Text");
	}

	@Test
	void failuresAreToldApartByTheirCauses() {
		assertThat(UnreadableRequests.tooLarge(new IllegalStateException(new MaxUploadSizeExceededException(1))))
			.isTrue();
		assertThat(UnreadableRequests.tooLarge(new MultipartException("broken"))).isFalse();
		assertThat(UnreadableRequests.unreadable(new RuntimeException(new MultipartException("broken")))).isTrue();
		assertThat(UnreadableRequests.unreadable(new IllegalStateException("a bug"))).isFalse();
		assertThat(UnreadableRequests.readable(20L * 1024 * 1024)).isEqualTo("20 MB");
		assertThat(UnreadableRequests.readable(1536L * 1024)).isEqualTo("1,5 MB");
	}

}
