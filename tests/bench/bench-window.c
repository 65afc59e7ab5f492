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
 * Scrolling is measured in a 1200×800 window and in a 1920×1080 one
 * (run Xvfb with a screen that large: xvfb-run -s "-screen 0
 * 1920x1080x24"), and each frame split into its phases: the scroll step
 * (which rebinds the rows coming into view), layout, snapshot (those
 * three are the window's own work) and rendering, which GSK_RENDERER
 * chooses (cairo, or gl, Mesa's llvmpipe under Xvfb). It also counts the
 * rows the list binds each frame; with BENCH_WINDOW_FRAMES=1 in the
 * environment, it prints a line for every frame: the rows bound (their
 * first and last position), and the adjustment's value and upper.
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

/* The phases of a frame, as GdkFrameClock runs them, timed from the
 * end of one to the end of the next. GTK's own per-frame report
 * (GDK_DEBUG=frames) exists only in debug builds of GTK, which
 * distributions do not ship; so the bench times the phases itself.
 */
typedef enum
{
  PHASE_SCROLL,     /* the scroll step: the list rebinds the rows that come into view */
  PHASE_BETWEEN,    /* after that until the next frame begins: events, waiting for the clock */
  PHASE_UPDATE,     /* before-paint and update: tick callbacks */
  PHASE_LAYOUT,     /* CSS, measuring and allocating, binding rows still unbound */
  PHASE_SNAPSHOT,   /* the window's snapshot: the widgets' render nodes */
  PHASE_RENDER,     /* the renderer drawing those nodes, and presenting them */
  PHASE_AFTER,      /* after-paint */
  N_PHASES
} Phase;

static const char *phase_names[N_PHASES] = {
  [PHASE_SCROLL] = "scroll step (bind)",
  [PHASE_BETWEEN] = "between frames",
  [PHASE_UPDATE] = "update",
  [PHASE_LAYOUT] = "layout",
  [PHASE_SNAPSHOT] = "snapshot",
  [PHASE_RENDER] = "render",
  [PHASE_AFTER] = "after-paint",
};

/* The rows bound while scrolling is measured: GtkListView's "bind" of
 * the comparison's cells, counted by an emission hook on the factories'
 * signal, divided by the number of columns.
 */
static GHashTable *comparison_factories;
static guint n_cells_bound;
static guint first_bound;
static guint last_bound;

static gboolean
bind_hook (GSignalInvocationHint *hint,
           guint                  n_params,
           const GValue          *params,
           gpointer               data)
{
  guint position;

  if (comparison_factories == NULL ||
      !g_hash_table_contains (comparison_factories, g_value_get_object (&params[0])))
    return TRUE;

  position = gtk_list_item_get_position (g_value_get_object (&params[1]));
  if (n_cells_bound == 0 || position < first_bound)
    first_bound = position;
  if (n_cells_bound == 0 || position > last_bound)
    last_bound = position;
  n_cells_bound++;

  return TRUE;
}

typedef struct
{
  GtkAdjustment *adjustment;
  double         step;        /* pixels a frame, or 0 for half a page */
  GArray        *intervals;   /* of double, milliseconds between paints */
  GArray        *phases[N_PHASES];  /* of double, milliseconds a frame */
  GArray        *ours;        /* of double, scroll step + layout + snapshot a frame */
  GArray        *rows_bound;  /* of double, rows bound a frame */
  guint          n_columns;
  gboolean       print_frames;
  double         current[N_PHASES];
  gint64         mark;        /* the end of the phase last timed */
  gint64         snapshot_start;
  gint64         last_paint;
  guint          n_frames;
  gboolean       done;
} Scroll;

/* The window's snapshot function, wrapped while scrolling is measured:
 * the paint phase is the snapshot, then the renderer.
 */
static void (*window_snapshot) (GtkWidget *, GtkSnapshot *);
static Scroll *measured_scroll;

static void
timed_window_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  gint64 start = g_get_monotonic_time ();

  window_snapshot (widget, snapshot);
  if (measured_scroll != NULL)
    measured_scroll->current[PHASE_SNAPSHOT] += (g_get_monotonic_time () - start) / 1000.0;
}

static void
phase_ended (Scroll *scroll,
             Phase   phase)
{
  gint64 now = g_get_monotonic_time ();

  if (scroll->mark != 0)
    scroll->current[phase] += (now - scroll->mark) / 1000.0;
  scroll->mark = now;
}

static void
scroll_before_paint_cb (GdkFrameClock *clock,
                        Scroll        *scroll)
{
  /* The frame begins: what came since the last paint was not a frame. */
  phase_ended (scroll, PHASE_BETWEEN);
}

static void
scroll_update_cb (GdkFrameClock *clock,
                  Scroll        *scroll)
{
  phase_ended (scroll, PHASE_UPDATE);
}

static void
scroll_layout_cb (GdkFrameClock *clock,
                  Scroll        *scroll)
{
  phase_ended (scroll, PHASE_LAYOUT);
}

static void
scroll_paint_cb (GdkFrameClock *clock,
                 Scroll        *scroll)
{
  double snapshot = scroll->current[PHASE_SNAPSHOT];

  phase_ended (scroll, PHASE_RENDER);
  /* The paint phase holds the snapshot: the rest is rendering. */
  scroll->current[PHASE_RENDER] -= snapshot;
}

static void
scroll_after_paint_cb (GdkFrameClock *clock,
                       Scroll        *scroll)
{
  gint64 now = g_get_monotonic_time ();
  double value;
  double upper;
  double page;

  phase_ended (scroll, PHASE_AFTER);
  if (scroll->last_paint != 0)
    {
      double interval = (now - scroll->last_paint) / 1000.0;
      double ours = scroll->current[PHASE_SCROLL] + scroll->current[PHASE_LAYOUT] +
                    scroll->current[PHASE_SNAPSHOT];

      double rows = (double) n_cells_bound / MAX (scroll->n_columns, 1);

      g_array_append_val (scroll->intervals, interval);
      g_array_append_val (scroll->ours, ours);
      g_array_append_val (scroll->rows_bound, rows);
      for (guint i = 0; i < N_PHASES; i++)
        g_array_append_val (scroll->phases[i], scroll->current[i]);
      if (scroll->print_frames)
        g_print ("    frame %u: ours %.1f ms (scroll step %.1f, layout %.1f); %.0f rows bound (%u to %u); value %.0f of %.0f\n",
                 scroll->n_frames, ours, scroll->current[PHASE_SCROLL], scroll->current[PHASE_LAYOUT],
                 rows, n_cells_bound > 0 ? first_bound : 0, n_cells_bound > 0 ? last_bound : 0,
                 gtk_adjustment_get_value (scroll->adjustment), gtk_adjustment_get_upper (scroll->adjustment));
    }
  scroll->last_paint = now;
  memset (scroll->current, 0, sizeof scroll->current);
  n_cells_bound = 0;

  value = gtk_adjustment_get_value (scroll->adjustment);
  upper = gtk_adjustment_get_upper (scroll->adjustment);
  page = gtk_adjustment_get_page_size (scroll->adjustment);
  if (++scroll->n_frames >= SCROLL_FRAMES || value + page >= upper)
    {
      scroll->done = TRUE;
      return;
    }

  /* Setting the value rebinds the rows scrolled into view there and
   * then, as a wheel event or a kinetic scroll's tick would: that is
   * the next frame's work.
   */
  gtk_adjustment_set_value (scroll->adjustment, value + (scroll->step > 0 ? scroll->step : page / 2));
  scroll->mark = g_get_monotonic_time ();
  scroll->current[PHASE_SCROLL] = (scroll->mark - now) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
sum_of (GArray *values)
{
  double total = 0;

  for (guint i = 0; i < values->len; i++)
    total += g_array_index (values, double, i);

  return total;
}

/* Sorts @values, and prints their median, 95th percentile and worst. */
static void
print_spread (const char *name,
              GArray     *values)
{
  guint n = values->len;

  g_array_sort (values, compare_doubles);
  g_print ("      %-26s %7.1f %7.1f %7.1f\n", name,
           g_array_index (values, double, n / 2),
           g_array_index (values, double, MIN (n - 1, n * 95 / 100)),
           g_array_index (values, double, n - 1));
}

/* The rows bound a frame, in all frames and in those where the
 * window's own work took longer than a frame: GTK 4.8's list view binds
 * whole batches of rows at once when the row it anchors the view to
 * changes. Before print_spread() sorts the arrays.
 */
static void
print_rows_bound (Scroll *scroll)
{
  g_autoptr(GArray) slow = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < scroll->rows_bound->len; i++)
    {
      double rows = g_array_index (scroll->rows_bound, double, i);

      g_array_append_val (g_array_index (scroll->ours, double, i) > 1000.0 / 60 ? slow : others, rows);
    }

  print_spread ("rows bound (count)", scroll->rows_bound);
  if (slow->len > 0)
    print_spread ("  in frames over 16.7 ms", slow);
  if (others->len > 0)
    print_spread ("  in the others", others);
}

static void
print_scrolling (Scroll     *scroll,
                 const char *pace)
{
  GArray *intervals = scroll->intervals;
  double total = sum_of (intervals);
  guint n = intervals->len;
  guint n_slow = 0;
  guint n_ours_slow = 0;

  for (guint i = 0; i < n; i++)
    {
      n_slow += g_array_index (intervals, double, i) > 1000.0 / 60 * 1.5;
      n_ours_slow += g_array_index (scroll->ours, double, i) > 1000.0 / 60;
    }

  g_print ("  scrolling, %s, %u frames over %.0f of %.0f px:\n"
           "    frame interval mean %.1f ms; %u frames (%.1f%%) longer than 1.5 frames at 60 Hz;\n"
           "    our part (scroll step, layout and snapshot) longer than a frame at 60 Hz (16.7 ms)\n"
           "    in %u frames (%.1f%%)\n"
           "    ms a frame (share of the time):  median  95th pct  worst\n",
           pace, n + 1, gtk_adjustment_get_value (scroll->adjustment), gtk_adjustment_get_upper (scroll->adjustment),
           total / n, n_slow, 100.0 * n_slow / n, n_ours_slow, 100.0 * n_ours_slow / n);

  for (guint i = 0; i < N_PHASES; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s (%.0f%%)", phase_names[i],
                                               100.0 * sum_of (scroll->phases[i]) / total);

      print_spread (name, scroll->phases[i]);
    }
  print_rows_bound (scroll);
  print_spread ("ours: step+layout+snap", scroll->ours);
  print_spread ("frame interval", intervals);
}

static void
measure_scrolling (PlxWindow  *window,
                   double      step,
                   const char *pace)
{
  PlxComparisonView *view = plx_window_get_comparison_view (window);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  GtkWidgetClass *window_class = GTK_WIDGET_GET_CLASS (window);
  Scroll scroll = { 0 };
  gulong handlers[5];
  GListModel *columns;
  guint bind_signal;
  gulong bind_hook_id;

  scroll.adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (plx_comparison_view_get_column_view (view)));
  scroll.intervals = g_array_new (FALSE, FALSE, sizeof (double));
  scroll.ours = g_array_new (FALSE, FALSE, sizeof (double));
  scroll.rows_bound = g_array_new (FALSE, FALSE, sizeof (double));
  scroll.print_frames = g_strcmp0 (g_getenv ("BENCH_WINDOW_FRAMES"), "1") == 0;
  for (guint i = 0; i < N_PHASES; i++)
    scroll.phases[i] = g_array_new (FALSE, FALSE, sizeof (double));
  scroll.step = step;
  gtk_adjustment_set_value (scroll.adjustment, 0);

  /* Each handler runs after GDK's own for its phase: it marks the end
   * of that phase.
   */
  handlers[0] = g_signal_connect_after (clock, "before-paint", G_CALLBACK (scroll_before_paint_cb), &scroll);
  handlers[1] = g_signal_connect_after (clock, "update", G_CALLBACK (scroll_update_cb), &scroll);
  handlers[2] = g_signal_connect_after (clock, "layout", G_CALLBACK (scroll_layout_cb), &scroll);
  handlers[3] = g_signal_connect_after (clock, "paint", G_CALLBACK (scroll_paint_cb), &scroll);
  handlers[4] = g_signal_connect_after (clock, "after-paint", G_CALLBACK (scroll_after_paint_cb), &scroll);
  window_snapshot = window_class->snapshot;
  window_class->snapshot = timed_window_snapshot;
  measured_scroll = &scroll;

  columns = gtk_column_view_get_columns (plx_comparison_view_get_column_view (view));
  scroll.n_columns = g_list_model_get_n_items (columns);
  comparison_factories = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < scroll.n_columns; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_hash_table_add (comparison_factories, gtk_column_view_column_get_factory (column));
    }
  bind_signal = g_signal_lookup ("bind", GTK_TYPE_SIGNAL_LIST_ITEM_FACTORY);
  bind_hook_id = g_signal_add_emission_hook (bind_signal, 0, bind_hook, NULL, NULL);
  n_cells_bound = 0;

  gdk_frame_clock_begin_updating (clock);
  while (!scroll.done)
    g_main_context_iteration (NULL, TRUE);
  gdk_frame_clock_end_updating (clock);
  g_signal_remove_emission_hook (bind_signal, bind_hook_id);
  g_clear_pointer (&comparison_factories, g_hash_table_unref);

  measured_scroll = NULL;
  window_class->snapshot = window_snapshot;
  for (guint i = 0; i < G_N_ELEMENTS (handlers); i++)
    g_signal_handler_disconnect (clock, handlers[i]);

  if (scroll.intervals->len == 0)
    g_print ("  scrolling: no frames painted\n");
  else
    print_scrolling (&scroll, pace);

  g_array_unref (scroll.intervals);
  g_array_unref (scroll.ours);
  g_array_unref (scroll.rows_bound);
  for (guint i = 0; i < N_PHASES; i++)
    g_array_unref (scroll.phases[i]);
}

/* Resizes @window and waits until a frame at that size is painted.
 *
 * Returns: whether the display let it take that size
 */
static gboolean
resize_window (PlxWindow *window,
               int        width,
               int        height)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  /* The default size is the surface's, the frame included. */
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  while (gdk_surface_get_width (surface) != width ||
         gdk_surface_get_height (surface) != height)
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
    }
  wait_for_first_frame (window);

  return TRUE;
}

/* A fast wheel or touchpad scroll (2,400 px a second at 60 Hz), then a
 * fling far faster than anyone reads; in a window of a laptop's size,
 * then one filling a 1920×1080 screen.
 */
static void
measure_scrolling_sizes (PlxWindow *window)
{
  static const int sizes[][2] = { { 1200, 800 }, { 1920, 1080 } };

  g_print ("  (renderer: %s)\n",
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      if (!resize_window (window, sizes[i][0], sizes[i][1]))
        {
          g_print (" window %d×%d: the display refused that size (%d×%d); not measured\n",
                   sizes[i][0], sizes[i][1],
                   gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))),
                   gdk_surface_get_height (gtk_native_get_surface (GTK_NATIVE (window))));
          continue;
        }
      g_print (" window %d×%d:\n", sizes[i][0], sizes[i][1]);
      measure_scrolling (window, 40, "40 px a frame");
      measure_scrolling (window, 0, "half a page a frame");
    }
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

  measure_scrolling_sizes (window);

  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
