package de.itas.platform.portal.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import de.itas.platform.portal.NewsArticle;
import de.itas.platform.portal.NewsDraft;

/** An article's texts as typed, with the version the editor started from. */
public class NewsForm {

	private String title = "";
	private String teaser = "";
	private String body = "";
	private List<String> actionFields = new ArrayList<>();
	private String partnerCode = "";
	private String imageAlt = "";
	private long version;

	static NewsForm of(NewsArticle article) {
		NewsForm form = new NewsForm();
		form.title = article.title();
		form.teaser = article.teaser();
		form.body = article.body();
		form.actionFields = new ArrayList<>(article.actionFields());
		form.partnerCode = article.partnerCode();
		form.imageAlt = article.imageAlt();
		form.version = article.version();
		return form;
	}

	NewsDraft draft() {
		return new NewsDraft(title, teaser, body, actionFields, partnerCode, imageAlt);
	}

	public String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = title == null ? "" : title; }
	public String getTeaser() { return teaser; }
	public void setTeaser(@Nullable String teaser) { this.teaser = teaser == null ? "" : teaser; }
	public String getBody() { return body; }
	public void setBody(@Nullable String body) { this.body = body == null ? "" : body; }
	public List<String> getActionFields() { return actionFields; }
	public void setActionFields(@Nullable List<String> actionFields) { this.actionFields = actionFields == null ? new ArrayList<>() : actionFields; }
	public String getPartnerCode() { return partnerCode; }
	public void setPartnerCode(@Nullable String partnerCode) { this.partnerCode = partnerCode == null ? "" : partnerCode; }
	public String getImageAlt() { return imageAlt; }
	public void setImageAlt(@Nullable String imageAlt) { this.imageAlt = imageAlt == null ? "" : imageAlt; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }

}
