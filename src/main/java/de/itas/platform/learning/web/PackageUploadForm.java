package de.itas.platform.learning.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The upload form: the zip and an optional title (the manifest's organisation title otherwise). */
class PackageUploadForm {

	private String title = "";

	private @Nullable MultipartFile file;

	public String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title == null ? "" : title;
	}

	public @Nullable MultipartFile getFile() {
		return file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}

}
