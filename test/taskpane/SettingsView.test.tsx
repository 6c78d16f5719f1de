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
    expect(
      (screen.getByLabelText("Gräns för röjandeskydd (antal)") as HTMLInputElement).value
    ).toBe("3");
    fireEvent.change(screen.getByLabelText("Signifikansnivå"), { target: { value: "0,01" } });
    fireEvent.change(screen.getByLabelText("Minsta gruppstorlek"), { target: { value: "20" } });
    fireEvent.change(
      screen.getByLabelText("Positiva avslutsorsaker (arbete eller studier), en per rad"),
      {
        target: { value: "Arbete\n  Studier  \n\n" },
      }
    );
    fireEvent.click(screen.getByRole("button", { name: "Spara" }));
    expect(screen.getByText("Inställningarna sparades i arbetsboken.")).toBeTruthy();
    expect(getSettings()).toMatchObject({
      significanceLevel: 0.01,
      minGroupSize: 20,
      positiveExitReasons: ["Arbete", "Studier"],
    });
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

  it("edits the target groups' bounds and the sfi age bands, and saves them", () => {
    renderSettings();
    expect(
      (screen.getByLabelText("Unga: lägsta ålder vid avslutet") as HTMLInputElement).value
    ).toBe("16");
    expect(
      (screen.getByLabelText("Unga: högsta ålder vid avslutet") as HTMLInputElement).value
    ).toBe("24");
    expect(
      (screen.getByLabelText("Nyanlända: högst antal år sedan folkbokföringen") as HTMLInputElement)
        .value
    ).toBe("3");
    expect(
      (screen.getByLabelText("Sfi: åldersgrupper börjar vid (t.ex. 25, 40)") as HTMLInputElement)
        .value
    ).toBe("25, 40");
    fireEvent.change(screen.getByLabelText("Unga: högsta ålder vid avslutet"), {
      target: { value: "29" },
    });
    fireEvent.change(screen.getByLabelText("Nyanlända: högst antal år sedan folkbokföringen"), {
      target: { value: "4" },
    });
    fireEvent.change(screen.getByLabelText("Sfi: åldersgrupper börjar vid (t.ex. 25, 40)"), {
      target: { value: "20;30 45" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Spara" }));
    expect(getSettings()).toMatchObject({
      targetGroups: { youthMinAge: 16, youthMaxAge: 29, newArrivalYears: 4 },
      sfiAgeBands: [20, 30, 45],
    });
    expect(
      (screen.getByLabelText("Sfi: åldersgrupper börjar vid (t.ex. 25, 40)") as HTMLInputElement)
        .value
    ).toBe("20, 30, 45");
  });

  it("refuses bounds and age bands the store would drop: a reversed band, fractions, descending ages", () => {
    renderSettings("en");
    const save = () => screen.getByRole("button", { name: "Save" }) as HTMLButtonElement;
    fireEvent.change(screen.getByLabelText("Young people: lowest age at the exit"), {
      target: { value: "30" },
    });
    expect(save().disabled).toBe(true);
    expect(screen.getByText("The lowest age must not be above the highest")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Young people: lowest age at the exit"), {
      target: { value: "18" },
    });
    expect(save().disabled).toBe(false);
    fireEvent.change(
      screen.getByLabelText("Newly arrived: at most this many years since registration"),
      { target: { value: "11" } }
    );
    expect(
      screen.getByText("Check the value: Newly arrived: at most this many years since registration")
    ).toBeTruthy();
    expect(save().disabled).toBe(true);
    fireEvent.change(
      screen.getByLabelText("Newly arrived: at most this many years since registration"),
      { target: { value: "2" } }
    );
    for (const bad of ["40, 25", "25, 25", "25.5", "0, 30", "", "25, forty"]) {
      fireEvent.change(screen.getByLabelText("Sfi: age bands start at (e.g. 25, 40)"), {
        target: { value: bad },
      });
      expect([bad, save().disabled]).toEqual([bad, true]);
    }
    expect(screen.getByText("Write ascending whole ages 1–120 separated by commas")).toBeTruthy();
    expect(getSettings().targetGroups).toEqual({
      youthMinAge: 16,
      youthMaxAge: 24,
      newArrivalYears: 3,
    });
    expect(getSettings().sfiAgeBands).toEqual([25, 40]);
  });

  it("follows the language setting, or Office's display language on auto", () => {
    expect([
      paneLanguage("auto", "sv-SE"),
      paneLanguage("auto", "en-GB"),
      paneLanguage("sv", "en-US"),
      paneLanguage("en", "sv-FI"),
    ]).toEqual(["sv", "en", "sv", "en"]);
  });
});
