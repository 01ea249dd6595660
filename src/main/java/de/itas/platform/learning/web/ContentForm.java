package de.itas.platform.learning.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import de.itas.platform.learning.LibraryDraft;
import de.itas.platform.learning.LibraryItem;

/** A library item as typed, with the version the editor started from; the PDF comes as a separate part. */
public class ContentForm {

	private String kind = "";
	private String title = "";
	private String summary = "";
	private String body = "";
	private String url = "";
	private String transcript = "";
	private String captionUrl = "";
	private String partnerCode = "";
	private String date = "";
	private String language = "de";
	private List<String> actionFields = new ArrayList<>();
	private List<String> skills = new ArrayList<>();
	private List<String> districts = new ArrayList<>();
	private List<String> targetGroups = new ArrayList<>();
	private String skillQuery = "";
	private long version;
	private @Nullable MultipartFile file;

	static ContentForm of(LibraryItem item) {
		ContentForm form = new ContentForm();
		form.kind = item.kind().name();
		form.title = item.title();
		form.summary = item.summary();
		form.body = item.body();
		form.url = item.url();
		form.transcript = item.transcript();
		form.captionUrl = item.captionUrl();
		form.partnerCode = item.partnerCode();
		form.date = item.date().toString();
		form.language = item.language();
		form.actionFields = new ArrayList<>(item.actionFields());
		form.skills = new ArrayList<>(item.skills());
		form.districts = new ArrayList<>(item.districts());
		form.targetGroups = new ArrayList<>(item.targetGroups());
		form.version = item.version();
		return form;
	}

	LibraryDraft draft() {
		return new LibraryDraft(kind, title, summary, body, url, transcript, captionUrl, partnerCode, date, language,
				actionFields, skills, districts, targetGroups);
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static List<String> list(@Nullable List<String> values) {
		return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().filter(v -> !v.isBlank()).toList());
	}

	public String getKind() { return kind; }
	public void setKind(@Nullable String kind) { this.kind = text(kind); }
	public String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = text(title); }
	public String getSummary() { return summary; }
	public void setSummary(@Nullable String summary) { this.summary = text(summary); }
	public String getBody() { return body; }
	public void setBody(@Nullable String body) { this.body = text(body); }
	public String getUrl() { return url; }
	public void setUrl(@Nullable String url) { this.url = text(url); }
	public String getTranscript() { return transcript; }
	public void setTranscript(@Nullable String transcript) { this.transcript = text(transcript); }
	public String getCaptionUrl() { return captionUrl; }
	public void setCaptionUrl(@Nullable String captionUrl) { this.captionUrl = text(captionUrl); }
	public String getPartnerCode() { return partnerCode; }
	public void setPartnerCode(@Nullable String partnerCode) { this.partnerCode = text(partnerCode); }
	public String getDate() { return date; }
	public void setDate(@Nullable String date) { this.date = text(date); }
	public String getLanguage() { return language; }
	public void setLanguage(@Nullable String language) { this.language = text(language); }
	public List<String> getActionFields() { return actionFields; }
	public void setActionFields(@Nullable List<String> actionFields) { this.actionFields = list(actionFields); }
	public List<String> getSkills() { return skills; }
	public void setSkills(@Nullable List<String> skills) { this.skills = list(skills); }
	public List<String> getDistricts() { return districts; }
	public void setDistricts(@Nullable List<String> districts) { this.districts = list(districts); }
	public List<String> getTargetGroups() { return targetGroups; }
	public void setTargetGroups(@Nullable List<String> targetGroups) { this.targetGroups = list(targetGroups); }
	public String getSkillQuery() { return skillQuery; }
	public void setSkillQuery(@Nullable String skillQuery) { this.skillQuery = text(skillQuery); }
	/** The PDF as uploaded; a property so that its problem shows at the field. */
	public @Nullable MultipartFile getFile() { return file; }
	public void setFile(@Nullable MultipartFile file) { this.file = file; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }

}
