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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** The filter that answers unreadable request bodies, without a servlet container. */
class UnreadableRequestsUnitTests {

	private final UnreadableRequests filter = new UnreadableRequests(
			new StaticListableBeanFactory(Map.of("multipart", new MultipartConfigElement("", 100, 100, 0)))
				.getBeanProvider(MultipartConfigElement.class));

	private final List<ServletRequest> passed = new ArrayList<>();

	private static MockHttpServletRequest multipart(int bytes) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/anliegen/neu");
		request.setContentType("multipart/form-data; boundary=abc");
		request.setContent(new byte[bytes]);
		request.setParameter("description", "Text");
		return request;
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
