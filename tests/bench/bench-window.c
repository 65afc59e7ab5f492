/* bench-window.c: how fast the window shows a corpus, and how smoothly
 * it scrolls; prints figures, asserts nothing
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage (needs a display; under CI, xvfb-run):
 *   bench-window            the sample corpus: launch to the first frame
 *                           showing it; then ../shared/eval/ecbplus as one
 *                           corpus: open and align, and scrolling through it
 *   bench-window PATH       PATH instead of ecbplus
 *   bench-window --launch   only the launch to the first frame, to run
 *                           it many times over
 *   bench-window --open [PATH]  the launch, then opening ecbplus (or
 *                           PATH), without the scrolling
 *
 * "Launch" is the kernel's start time of this process, so the figure
 * includes loading the program and its libraries, as a user's click on
 * the icon would. See README.md, "Benchmarks", for the figures and Meld
 * beside them (tests/bench/bench-meld.sh).
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

#include "parallax-core.h"
#include "plx-application.h"
#include "plx-window-private.h"

/* How many frames the scroll measurement scrolls for. */
#define SCROLL_FRAMES 600

/* Seconds since this process started, from /proc. */
static double
seconds_since_launch (void)
{
  g_autofree char *stat = NULL;
  g_autofree char *uptime = NULL;
  const char *fields;
  unsigned long long start_ticks = 0;
  double now = 0;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      !g_file_get_contents ("/proc/uptime", &uptime, NULL, NULL))
    return -1;

  /* After the command name, which may hold spaces, in parentheses:
   * field 22 is the start time, field 3 the first after the name.
   */
  fields = strrchr (stat, ')');
  if (fields == NULL ||
      sscanf (fields + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d %*d %*d %llu",
              &start_ticks) != 1)
    return -1;
  now = g_ascii_strtod (uptime, NULL);

  return now - (double) start_ticks / sysconf (_SC_CLK_TCK);
}

static double
peak_megabytes (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);

  return usage.ru_maxrss / 1024.0;
}

static gboolean
showing_comparison (PlxWindow *window)
{
  return plx_window_get_alignment (window) != NULL &&
         g_strcmp0 (plx_window_get_visible_page_name (window), "comparison") == 0;
}

static gboolean
painted_cb (gpointer data)
{
  gboolean *painted = data;

  *painted = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @window shows its comparison and a frame of
 * it has been painted.
 */
static void
wait_for_first_frame (PlxWindow *window)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  while (!showing_comparison (window))
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  handler = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (painted_cb), &painted);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

typedef struct
{
  GtkAdjustment *adjustment;
  double         step;        /* pixels a frame, or 0 for half a page */
  GArray        *intervals;   /* of double, milliseconds between paints */
  gint64         last_paint;
  guint          n_frames;
  gboolean       done;
} Scroll;

static void
scroll_after_paint_cb (GdkFrameClock *clock,
                       Scroll        *scroll)
{
  gint64 now = g_get_monotonic_time ();
  double value;
  double upper;
  double page;

  if (scroll->last_paint != 0)
    {
      double interval = (now - scroll->last_paint) / 1000.0;

      g_array_append_val (scroll->intervals, interval);
    }
  scroll->last_paint = now;

  value = gtk_adjustment_get_value (scroll->adjustment);
  upper = gtk_adjustment_get_upper (scroll->adjustment);
  page = gtk_adjustment_get_page_size (scroll->adjustment);
  if (++scroll->n_frames >= SCROLL_FRAMES || value + page >= upper)
    {
      scroll->done = TRUE;
      return;
    }
  gtk_adjustment_set_value (scroll->adjustment, value + (scroll->step > 0 ? scroll->step : page / 2));
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
measure_scrolling (PlxWindow  *window,
                   double      step,
                   const char *pace)
{
  PlxComparisonView *view = plx_window_get_comparison_view (window);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  Scroll scroll = { 0 };
  gulong handler;
  double total = 0;
  guint n_slow = 0;
  guint n;

  scroll.adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (plx_comparison_view_get_column_view (view)));
  scroll.intervals = g_array_new (FALSE, FALSE, sizeof (double));
  scroll.step = step;
  gtk_adjustment_set_value (scroll.adjustment, 0);

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (scroll_after_paint_cb), &scroll);
  gdk_frame_clock_begin_updating (clock);
  while (!scroll.done)
    g_main_context_iteration (NULL, TRUE);
  gdk_frame_clock_end_updating (clock);
  g_signal_handler_disconnect (clock, handler);

  n = scroll.intervals->len;
  if (n == 0)
    {
      g_print ("  scrolling: no frames painted\n");
      g_array_unref (scroll.intervals);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      double interval = g_array_index (scroll.intervals, double, i);

      total += interval;
      n_slow += interval > 1000.0 / 60 * 1.5;
    }
  g_array_sort (scroll.intervals, compare_doubles);

  g_print ("  scrolling, %s, %u frames over %.0f of %.0f px:\n"
           "    frame interval mean %.1f ms, median %.1f ms, 95th percentile %.1f ms, worst %.1f ms;\n"
           "    %u frames (%.1f%%) longer than 1.5 frames at 60 Hz\n",
           pace, n + 1, gtk_adjustment_get_value (scroll.adjustment), gtk_adjustment_get_upper (scroll.adjustment),
           total / n,
           g_array_index (scroll.intervals, double, n / 2),
           g_array_index (scroll.intervals, double, MIN (n - 1, n * 95 / 100)),
           g_array_index (scroll.intervals, double, n - 1),
           n_slow, 100.0 * n_slow / n);

  g_array_unref (scroll.intervals);
}

/* Milliseconds since launch, on the monotonic clock: /proc only counts
 * whole ticks, so it gives the offset once and the clock the rest.
 */
static double launch_offset_ms;

static double
ms_since_launch (void)
{
  return launch_offset_ms + g_get_monotonic_time () / 1000.0;
}

static void
first_paint_cb (GdkFrameClock *clock,
                double        *when)
{
  if (*when == 0)
    *when = ms_since_launch ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlxApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *corpus_path = NULL;
  g_autoptr(GFile) corpus = NULL;
  gboolean launch_only = argc > 1 && g_str_equal (argv[1], "--launch");
  gboolean open_only = argc > 1 && g_str_equal (argv[1], "--open");
  PlxWindow *window;
  GdkFrameClock *clock;
  gulong handler;
  double t_main;
  double t_started;
  double t_presented;
  double t_first_paint = 0;
  double t_shown;
  double t_frame;
  gint64 start;

  launch_offset_ms = seconds_since_launch () * 1000 - g_get_monotonic_time () / 1000.0;
  t_main = ms_since_launch ();

  /* 1. Launch to the first frame showing the sample, as parallax starts:
   * the application's startup (GTK, libadwaita, its style sheet and
   * accelerators), then its activation, which opens the sample corpus
   * in a new window.
   */
  app = plx_application_new ();
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("bench-window: %s\n", error->message);
      return 1;
    }
  t_started = ms_since_launch ();

  g_application_activate (G_APPLICATION (app));
  window = PLX_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  if (window == NULL || plx_window_get_visible_page_name (window) == NULL ||
      g_strcmp0 (plx_window_get_visible_page_name (window), "loading") != 0)
    {
      g_printerr ("bench-window: the sample corpus is not found\n");
      return 1;
    }
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  t_presented = ms_since_launch ();

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (first_paint_cb), &t_first_paint);
  while (!showing_comparison (window))
    g_main_context_iteration (NULL, TRUE);
  t_shown = ms_since_launch ();
  wait_for_first_frame (window);
  t_frame = ms_since_launch ();
  g_signal_handler_disconnect (clock, handler);

  g_print ("sample corpus (%u articles): launch to the first frame showing it: %.0f ms\n",
           g_list_model_get_n_items (G_LIST_MODEL (plx_window_get_corpus (window))),
           t_frame);
  g_print ("  main() at %.0f ms; application started (GTK, libadwaita, CSS) %.0f; window built and presented %.0f;\n"
           "  first frame (loading page) %.0f; corpus loaded, aligned and set %.0f; its first frame %.0f\n",
           t_main, t_started, t_presented, t_first_paint, t_shown, t_frame);

  if (launch_only)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return 0;
    }

  /* 2. A large corpus: open and align, then scroll. */
  if (open_only)
    {
      argc--;
      argv++;
    }
  corpus_path = argc > 1 ? g_strdup (argv[1]) : g_build_filename (SHARED_EVAL_DIR, "ecbplus", NULL);
  if (!g_file_test (corpus_path, G_FILE_TEST_IS_DIR) && !g_file_test (corpus_path, G_FILE_TEST_IS_REGULAR))
    {
      g_print ("bench-window: %s is absent; the large-corpus measurements are skipped\n", corpus_path);
      gtk_window_destroy (GTK_WINDOW (window));
      return 0;
    }

  corpus = g_file_new_for_path (corpus_path);
  start = g_get_monotonic_time ();
  plx_window_open (window, corpus);
  wait_for_first_frame (window);
  g_print ("%s (%u articles, %u rows): open, align and show: %.2f s; peak memory %.0f MB\n",
           corpus_path,
           g_list_model_get_n_items (G_LIST_MODEL (plx_window_get_corpus (window))),
           g_list_model_get_n_items (G_LIST_MODEL (plx_window_get_alignment (window))),
           (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC,
           peak_megabytes ());

  if (open_only)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return 0;
    }

  /* A fast wheel or touchpad scroll (2,400 px a second at 60 Hz), then
   * a fling far faster than anyone reads.
   */
  measure_scrolling (window, 40, "40 px a frame");
  measure_scrolling (window, 0, "half a page a frame");

  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
