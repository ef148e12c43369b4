package org.schoolscope.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 12, item 9: a school that is not on record is "Page not found" with the signed-in header kept. */
@SpringBootTest
@AutoConfigureMockMvc
class SignedInNotFoundPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void shouldKeepTheSignedInHeaderOnTheNotFoundPage() throws Exception {
        String page = mvc.perform(get("/schools/999999").with(user("olive.officer").roles("OFFICER")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Page not found").contains("id=\"signed-in-user\"").contains("olive.officer");
    }
}
