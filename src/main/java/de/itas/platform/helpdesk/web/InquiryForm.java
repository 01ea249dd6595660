package de.itas.platform.helpdesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import de.itas.platform.helpdesk.ContactChannel;
import de.itas.platform.helpdesk.InquiryRequest;
import de.itas.platform.helpdesk.Topic;
import de.itas.platform.helpdesk.Upload;

/** The inquiry form as typed. */
class InquiryForm {

	private @Nullable Topic topic;
	private String districtCode = "";
	private String description = "";
	private @Nullable ContactChannel contactChannel;
	private String contactTimes = "";
	private String name = "";
	private String email = "";
	private String phone = "";
	private boolean consent;
	private List<MultipartFile> attachments = new ArrayList<>();

	InquiryRequest toRequest() {
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : attachments) {
			if (file.isEmpty()) {
				continue;
			}
			try {
				uploads.add(new Upload(file.getOriginalFilename() == null ? "anhang" : file.getOriginalFilename(),
						file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new InquiryRequest(topic, districtCode.isBlank() ? null : districtCode, description, contactChannel,
				contactTimes, name, email, phone, consent, uploads);
	}

	public @Nullable Topic getTopic() {
		return topic;
	}

	public void setTopic(@Nullable Topic topic) {
		this.topic = topic;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public void setDistrictCode(String districtCode) {
		this.districtCode = districtCode;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public @Nullable ContactChannel getContactChannel() {
		return contactChannel;
	}

	public void setContactChannel(@Nullable ContactChannel contactChannel) {
		this.contactChannel = contactChannel;
	}

	public String getContactTimes() {
		return contactTimes;
	}

	public void setContactTimes(String contactTimes) {
		this.contactTimes = contactTimes;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public List<MultipartFile> getAttachments() {
		return attachments;
	}

	public void setAttachments(List<MultipartFile> attachments) {
		this.attachments = attachments;
	}

}
