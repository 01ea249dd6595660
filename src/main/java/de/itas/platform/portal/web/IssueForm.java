package de.itas.platform.portal.web;

/** The editor's form of an issue: subject and intro (Markdown), with the version it is based on. */
public class IssueForm {

	private String subject = "";
	private String intro = "";
	private long version;

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject == null ? "" : subject;
	}

	public String getIntro() {
		return intro;
	}

	public void setIntro(String intro) {
		this.intro = intro == null ? "" : intro;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
