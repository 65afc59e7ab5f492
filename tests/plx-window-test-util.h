/* plx-window-test-util.h: what the window tests share: the sample and
 * the schema the build provides, waiting on the main loop, corpora in
 * temporary folders, finding labels, the comparison's rows and cells
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plx-comparison-view.h"
#include "plx-window.h"

G_BEGIN_DECLS

/* Generous: a loaded CI machine under Xvfb can be slow. */
#define PLX_TEST_TIMEOUT_SECONDS 20

/* The window's GSettings schema, as data/ names it. */
#define PLX_TEST_SCHEMA_ID "io.github.newsparallax.Parallax"

typedef gboolean (*PlxTestPredicate) (gpointer data);

/* What plx_test_label_is_shown() looks for, and what it found. */
typedef struct
{
  GtkWidget  *root;
  const char *text;
  GtkWidget  *found;
} PlxTestLabelWait;

/* What plx_test_label_in_view() looks for. */
typedef struct
{
  GtkWidget  *view;
  const char *text;
} PlxTestInViewWait;

/* Three short articles on one story, as plx_test_make_corpus() takes
 * them: a sentence only gamma.txt reports, and boilerplate after it.
 */
extern const char * const plx_test_three_articles[];

GFile           *plx_test_dup_sample      (void);
GSettingsSchema *plx_test_dup_schema      (void);
void             plx_test_assert_settings (PlxWindow          *window);
gboolean   plx_test_wait_until      (PlxTestPredicate    predicate,
                                     gpointer            data);
void       plx_test_wait_for_page   (PlxWindow          *window,
                                     const char         *page);
gboolean   plx_test_window_loading  (gpointer            window);
gboolean   plx_test_window_idle     (gpointer            window);
char      *plx_test_make_corpus     (const char         *name,
                                     const char * const *files);
void       plx_test_remove_corpus   (const char         *dir);
PlxWindow *plx_test_open_window     (const char         *dir,
                                     const char         *page);
void       plx_test_close_window    (PlxWindow          *window);
GtkWidget *plx_test_find_label      (GtkWidget          *widget,
                                     const char         *text);
GtkWidget *plx_test_wait_for_label  (GtkWidget          *root,
                                     const char         *text);
gboolean   plx_test_label_is_shown  (gpointer            wait);
gboolean   plx_test_label_in_view   (gpointer            wait);
PlxWindow *plx_test_open_sample     (void);
GtkWidget *plx_test_cell_of         (GtkWidget          *label);
void       plx_test_clear_selection (PlxComparisonView  *view);
gboolean   plx_test_row_contains    (PlxRow             *row,
                                     const char         *text);
void       plx_test_wait_for_paint  (PlxWindow          *window);

G_END_DECLS
