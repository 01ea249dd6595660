package de.itas.platform.directory.web;

import org.jspecify.annotations.Nullable;

/** A company's answer to a contact request, holding exactly what was typed. */
class ReplyForm {

	private String reply = "";

	public String getReply() {
		return reply;
	}

	public void setReply(@Nullable String reply) {
		this.reply = reply == null ? "" : reply;
	}

}
