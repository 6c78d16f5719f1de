/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { getSettings, resetSettings, subscribeSettings } from "../../src/core/settings";
import { chooseLanguage as paneLanguage } from "../../src/core/messages";
import { SettingsView } from "../../src/taskpane/SettingsView";
import "./polyfills";

function renderSettings(language: "sv" | "en" = "sv") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SettingsView language={language} />
    </FluentProvider>
  );
}

beforeEach(() => resetSettings());

describe("settings view", () => {
  it("shows the workbook's settings and saves edited values, Swedish decimals included", () => {
    const saved: unknown[] = [];
    const stop = subscribeSettings((s) => saved.push(s));
    renderSettings();
    expect((screen.getByLabelText("Gräns för röjandeskydd (antal)") as HTMLInputElement).value).toBe("3");
    fireEvent.change(screen.getByLabelText("Signifikansnivå"), { target: { value: "0,01" } });
    fireEvent.change(screen.getByLabelText("Minsta gruppstorlek"), { target: { value: "20" } });
    fireEvent.change(screen.getByLabelText("Positiva avslutsorsaker (arbete eller studier), en per rad"), {
      target: { value: "Arbete\n  Studier  \n\n" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Spara" }));
    expect(screen.getByText("Inställningarna sparades i arbetsboken.")).toBeTruthy();
    expect(getSettings()).toMatchObject({ significanceLevel: 0.01, minGroupSize: 20, positiveExitReasons: ["Arbete", "Studier"] });
    expect(saved).toHaveLength(1);
    stop();
  });

  it("refuses a value the workbook store would drop", () => {
    renderSettings("en");
    fireEvent.change(screen.getByLabelText("Minimum group size"), { target: { value: "2.5" } });
    expect((screen.getByRole("button", { name: "Save" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("Check the value: Minimum group size")).toBeTruthy();
    expect(getSettings().minGroupSize).toBe(10);
  });

  it("follows the language setting, or Office's display language on auto", () => {
    expect([paneLanguage("auto", "sv-SE"), paneLanguage("auto", "en-GB"), paneLanguage("sv", "en-US"), paneLanguage("en", "sv-FI")]).toEqual([
      "sv",
      "en",
      "sv",
      "en",
    ]);
  });
});
