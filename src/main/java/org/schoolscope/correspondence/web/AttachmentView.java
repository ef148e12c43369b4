package org.schoolscope.correspondence.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.View;

/** A file answered by a handler that otherwise shows a page, as the letter-of-concern form does. */
record AttachmentView(String fileName, MediaType type, byte[] body) implements View {

    @Override
    public String getContentType() {
        return type.toString();
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
