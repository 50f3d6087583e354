package com.disputecenter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.Resource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TaskFormTemplatesTest {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    @Test
    void everyUserTaskOfTheModelsNamesAFormThatExistsInForms() throws Exception {
        List<String> userTasks = new ArrayList<>();
        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            try (InputStream in = model.getInputStream()) {
                NodeList tasks = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(BPMN, "userTask");
                for (int i = 0; i < tasks.getLength(); i++) {
                    Element task = (Element) tasks.item(i);
                    String formKey = task.getAttributeNS(CAMUNDA, "formKey");
                    Optional<String> template = TaskFormTemplates.template(formKey);
                    assertThat(template).as("form key of %s", task.getAttribute("id")).isPresent();
                    assertThat(new ClassPathResource(template.get() + ".html").exists())
                            .as("template of %s", task.getAttribute("id")).isTrue();
                    userTasks.add(task.getAttribute("id"));
                }
            }
        }
        assertThat(userTasks).contains("Task_DecideDispute", "Task_DecideAppeal");
    }

    @Test
    void onlyPlainFormNamesBecomeTemplates() {
        assertThat(TaskFormTemplates.template("/forms/decision")).contains("forms/decision");
        assertThat(TaskFormTemplates.template("embedded:app:forms/decision.html")).isEmpty();
        assertThat(TaskFormTemplates.template("/forms/../templates/layout")).isEmpty();
        assertThat(TaskFormTemplates.template("/forms/x :: ${T(java.lang.Runtime).getRuntime()}")).isEmpty();
        assertThat(TaskFormTemplates.template(null)).isEmpty();
    }
}
