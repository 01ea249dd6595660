package de.itas.platform.portal.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import de.itas.platform.portal.NewsArticle;

/**
 * The news as an Atom 1.0 feed (RFC 4287), written with the JDK's StAX writer so that every text is escaped:
 * the feed's id, title, update time and links, and per article its address as id, title, publication and
 * update time, teaser as summary, the speaking partner as author and the link to the article.
 */
final class NewsFeed {

	static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private NewsFeed() {
	}

	static String of(List<NewsArticle> articles, String baseUrl, String title, Function<String, String> partnerNames,
			Instant emptyUpdated) {
		try {
			StringWriter out = new StringWriter();
			// the JDK's writer, not whichever StAX library a dependency brings (Woodstox writes the declaration differently)
			XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(ATOM);
			xml.writeStartElement(ATOM, "feed");
			xml.writeDefaultNamespace(ATOM);
			text(xml, "id", baseUrl + "/aktuelles");
			text(xml, "title", title);
			Instant updated = articles.stream()
				.map(NewsFeed::updated)
				.max(Instant::compareTo)
				.orElse(emptyUpdated);
			text(xml, "updated", time(updated));
			link(xml, "self", baseUrl + "/aktuelles/feed.atom", "application/atom+xml");
			link(xml, "alternate", baseUrl + "/aktuelles", "text/html");
			xml.writeStartElement(ATOM, "author");
			text(xml, "name", title);
			xml.writeEndElement();
			for (NewsArticle article : articles) {
				String url = baseUrl + article.path();
				xml.writeStartElement(ATOM, "entry");
				text(xml, "id", url);
				text(xml, "title", article.title());
				text(xml, "published", time(article.publishAt()));
				text(xml, "updated", time(updated(article)));
				link(xml, "alternate", url, "text/html");
				if (!article.teaser().isBlank()) {
					text(xml, "summary", article.teaser());
				}
				xml.writeStartElement(ATOM, "author");
				text(xml, "name", partnerNames.apply(article.partnerCode()));
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return out.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the news feed", ex);
		}
	}

	private static Instant updated(NewsArticle article) {
		Instant published = article.publishAt() == null ? article.updatedAt() : article.publishAt();
		return article.updatedAt().isAfter(published) ? article.updatedAt() : published;
	}

	private static String time(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0));
	}

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(ATOM, element);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement(ATOM, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

}
