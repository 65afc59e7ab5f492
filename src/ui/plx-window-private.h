/* plx-window-private.h: the inside of a PlxWindow, shared by the files
 * of the class (plx-window.c, plx-window-*.c) and the tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plx-article-view.h"
#include "plx-comparison.h"
#include "plx-comparison-view.h"
#include "plx-ledger-sidebar.h"
#include "plx-outlet-chooser.h"
#include "plx-window.h"

G_BEGIN_DECLS

struct _PlxWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;      /* NULL when the schema is not installed */
  PlxComparison        *comparison;    /* what is compared: loads and aligns */
  PlxCorpus            *corpus;        /* the comparison's corpus as shown, or NULL */
  PlxAlignment         *alignment;     /* its alignment as shown, or NULL */
  PlxLedger            *ledger;        /* its ledger as shown (the comparison's), or NULL */
  gboolean              show_ledger;
  char                 *filter;        /* a nick of filters[] */
  char                 *pivot;         /* the id of the article aligned to, or "" */
  GCancellable         *cancellable;   /* of the load in progress, or NULL */
  GCancellable         *realign_cancellable; /* of a change of pivot, or NULL */
  guint                 pulse_id;      /* pulses the progress bar while aligning */
  guint                 loading_delay_id; /* shows the loading page's content */
  GtkFileChooserNative *chooser;
  GtkFileChooserNative *export_chooser;
  GtkFileFilter        *html_filter;   /* of the export chooser */
  GtkFileFilter        *csv_filter;    /* of the export chooser */
  GFile                *location;      /* of the corpus shown, or NULL */
  GFileMonitor         *monitor;       /* watching it, or NULL */
  guint                 reload_id;     /* reloads once its files are quiet */

  /* The editor's corrections (plx-window-edits.c) */
  GPtrArray            *undo_stack;    /* PlxCorrections replaced, the latest last */
  GPtrArray            *redo_stack;    /* PlxCorrections undone, the latest last */
  GtkFileChooserNative *save_chooser;
  GtkWindow            *close_dialog;  /* the unsaved-changes question, if shown */
  gboolean              close_after_save;
  GFile                *open_after_save; /* a corpus to open once saved */
  gboolean              discard_changes;
  gboolean              edit_pending;  /* an edit awaits its alignment */
  double                edit_scroll;
  guint                 edit_selected;
  PlxArticle           *edit_article;  /* the sentence edited, to select its row */
  guint                 edit_sentence;
  PlxRow               *edit_row;      /* its row, selected once shown */
  guint                 edit_select_id;    /* a tick callback of the comparison view */
  guint                 edit_select_frames;

  /* The preferences (plx-window-settings.c) */
  GtkCssProvider       *text_scale_provider;
  double                text_scale;    /* applied, also without a schema */
  guint                 threshold_timeout_id; /* realigns after a pause */
  GtkWindow            *preferences;   /* weak: the preferences window, if open */

  /* Template widgets */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkWidget            *loading_box;
  GtkSpinner           *spinner;
  GtkLabel             *loading_title;
  GtkLabel             *loading_label;
  GtkProgressBar       *progress_bar;
  AdwStatusPage        *status_page;
  PlxComparisonView    *comparison_view;
  AdwFlap              *flap;
  PlxLedgerSidebar     *ledger_sidebar;
  GtkToggleButton      *search_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkMenuButton        *view_button;
  PlxOutletChooser     *outlet_chooser; /* in the view menu */
  PlxOutletChooser     *pivot_chooser;
  GMenu                *recent_section;
  GtkRevealer          *article_revealer; /* plx-window-article.c */
  PlxArticleView       *article_view;
};

const char          *plx_window_corpus_name           (PlxWindow  *self);
void                 plx_window_load                  (PlxWindow  *self,
                                                       GFile      *location,
                                                       gboolean    reload);
void                 plx_window_realign               (PlxWindow  *self,
                                                       const char *pivot);
gboolean             plx_window_cancel_load           (PlxWindow  *self);
void                 plx_window_show_corpus_page      (PlxWindow  *self);
void                 plx_window_sync_pivot            (PlxWindow  *self);
void                 plx_window_set_filter            (PlxWindow  *self,
                                                       const char *nick);

/* The parts of the class in files of their own. Each part's hooks are
 * named plx_window_<part>_class_init (GtkWidgetClass *),
 * plx_window_<part>_init (PlxWindow *) and
 * plx_window_<part>_dispose (PlxWindow *), as it needs them, and are
 * called from plx-window.c's own class_init, init and dispose.
 */

/* plx-window-actions.c: the window's actions, the search and going to
 * a row */
void                 plx_window_actions_class_init    (GtkWidgetClass *widget_class);
void                 plx_window_actions_init          (PlxWindow      *self);
void                 plx_window_actions_dispose       (PlxWindow      *self);
guint                plx_window_count_warnings        (PlxWindow      *self);

/* plx-window.c */
void                 plx_window_update_outlet_actions (PlxWindow      *self);

/* plx-window-article.c: the article pane */
void                 plx_window_article_class_init    (GtkWidgetClass *widget_class);
void                 plx_window_show_article          (PlxWindow      *self,
                                                       PlxArticle     *article,
                                                       guint           sentence);
gboolean             plx_window_close_article         (PlxWindow      *self);
void                 plx_window_article_sync          (PlxWindow      *self);

/* plx-window-edits.c: the editor's corrections, undo, saving */
void                 plx_window_edits_class_init      (GtkWidgetClass *widget_class);
void                 plx_window_edits_init            (PlxWindow      *self);
void                 plx_window_edits_dispose         (PlxWindow      *self);
void                 plx_window_edits_sync            (PlxWindow      *self);
void                 plx_window_edits_reset           (PlxWindow      *self);
gboolean             plx_window_edits_close_request   (PlxWindow      *self);
gboolean             plx_window_edits_open_request    (PlxWindow      *self,
                                                       GFile          *location);

/* plx-window-export.c: exporting the comparison */
void                 plx_window_export_class_init     (GtkWidgetClass *widget_class);
void                 plx_window_export_dispose        (PlxWindow      *self);

/* plx-window-files.c: drops, recent corpora, the web, files changing */
void                 plx_window_files_class_init      (GtkWidgetClass *widget_class);
void                 plx_window_files_init            (PlxWindow      *self);
void                 plx_window_files_dispose         (PlxWindow      *self);
void                 plx_window_watch                 (PlxWindow      *self,
                                                       GFile          *location);

/* plx-window-load.c: loading, aligning to another outlet, and the
 * loading and status pages */
void                 plx_window_load_class_init       (GtkWidgetClass *widget_class);
void                 plx_window_load_init             (PlxWindow      *self);
void                 plx_window_load_dispose          (PlxWindow      *self);

/* plx-window-settings.c: the preferences, the size, the recent corpora */
void                 plx_window_settings_class_init   (GtkWidgetClass *widget_class);
void                 plx_window_settings_init         (PlxWindow      *self);
void                 plx_window_settings_dispose      (PlxWindow      *self);
double               plx_window_get_threshold         (PlxWindow      *self);
GSettings           *plx_window_create_settings       (void);
void                 plx_window_restore_size          (PlxWindow      *self);
void                 plx_window_save_size             (PlxWindow      *self);
void                 plx_window_remember_location     (PlxWindow      *self,
                                                       GFile          *location);

/* For the tests */
guint                plx_window_get_n_columns         (PlxWindow *self);
GtkColumnViewColumn *plx_window_get_column            (PlxWindow *self,
                                                       guint      position);
const char          *plx_window_get_visible_page_name (PlxWindow *self);
AdwStatusPage       *plx_window_get_status_page       (PlxWindow *self);
PlxComparisonView   *plx_window_get_comparison_view   (PlxWindow *self);
PlxAlignment        *plx_window_get_alignment         (PlxWindow *self);
PlxLedger           *plx_window_get_ledger            (PlxWindow *self);
PlxLedgerSidebar    *plx_window_get_ledger_sidebar    (PlxWindow *self);
AdwFlap             *plx_window_get_flap              (PlxWindow *self);
GtkSearchBar        *plx_window_get_search_bar        (PlxWindow *self);
GtkSearchEntry      *plx_window_get_search_entry      (PlxWindow *self);
GtkMenuButton       *plx_window_get_view_button       (PlxWindow *self);
PlxOutletChooser    *plx_window_get_outlet_chooser    (PlxWindow *self,
                                                       gboolean   pivot);
GtkRevealer         *plx_window_get_article_revealer  (PlxWindow *self);
PlxArticleView      *plx_window_get_article_view      (PlxWindow *self);
double               plx_window_get_text_scale        (PlxWindow *self);
gboolean             plx_window_save_comparison       (PlxWindow  *self,
                                                       GFile      *file);
gboolean             plx_window_export_to_file        (PlxWindow  *self,
                                                       GFile      *file,
                                                       GError    **error);

G_END_DECLS
